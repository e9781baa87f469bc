<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;{edition}&lt;/p&gt;&lt;p&gt;Sources:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Built with Qt for Python (PySide6 {pyside}, LGPLv3), pyqtgraph {pg} (MIT), NumPy (BSD-3-Clause), pandas (BSD-3-Clause) and openpyxl (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;{edition}&lt;/p&gt;&lt;p&gt;Bronnen:&lt;/p&gt;&lt;ul&gt;{sources}&lt;/ul&gt;&lt;p&gt;Gemaakt met Qt for Python (PySide6 {pyside}, LGPLv3), pyqtgraph {pg} (MIT), NumPy (BSD-3-Clause), pandas (BSD-3-Clause) en openpyxl (MIT).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Sampling error</source>
        <translation>Steekproeffout</translation>
    </message>
</context>
<context>
    <name>ChapterExport</name>
    <message>
        <source>The chapter could not be written to {path}.</source>
        <translation>Het hoofdstuk kon niet worden opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Export chapter</source>
        <translation>Hoofdstuk exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>De cijfers als tabel tonen</translation>
    </message>
    <message>
        <source>95% intervals</source>
        <translation>95%-intervallen</translation>
    </message>
    <message>
        <source>Show the 95% Wilson interval of each percentage as an error bar</source>
        <translation>Het 95%-Wilson-interval van elk percentage als foutbalk tonen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporteren als PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporteren als SVG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the chart and its numbers to the clipboard</source>
        <translation>De grafiek en de cijfers naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Grafiek: {title}</translation>
    </message>
    <message>
        <source>Source: {place}</source>
        <translation>Bron: {place}</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}.</source>
        <translation>De grafiek kon niet worden opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>opened pack</source>
        <translation>geopend pakket</translation>
    </message>
    <message>
        <source>compared pack</source>
        <translation>vergeleken pakket</translation>
    </message>
    <message>
        <source>Your charts could not be saved: {error}. Nothing was changed.</source>
        <translation>Je grafieken konden niet worden opgeslagen: {error}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>No charts of your own yet. In the figures explorer (Ctrl+Shift+F), select items of one or several figures and choose Compare in a chart.</source>
        <translation>Nog geen eigen grafieken. Selecteer in de cijferverkenner (Ctrl+Shift+F) onderdelen van een of meer cijfers en kies Vergelijken in een grafiek.</translation>
    </message>
    <message>
        <source>My charts: made by you from the pack&apos;s figures; saved on this computer.</source>
        <translation>Mijn grafieken: door jou gemaakt van de cijfers van het pakket; bewaard op deze computer.</translation>
    </message>
    <message>
        <source>This chapter has no charts. Open the figures explorer (Ctrl+Shift+F) to show any figure.</source>
        <translation>Dit hoofdstuk heeft geen grafieken. Open de Cijferverkenner (Ctrl+Shift+F) om elk gewenst cijfer te tonen.</translation>
    </message>
    <message>
        <source>Drawing charts…</source>
        <translation>Grafieken tekenen…</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>≈ Count</source>
        <translation>≈ Aantal</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <source>{sign}{value} pp</source>
        <translation>{sign}{value} %-punt</translation>
    </message>
    <message>
        <source>not tested: the number asked is not published for both surveys</source>
        <translation>niet getoetst: het aantal ondervraagden is niet voor beide onderzoeken gepubliceerd</translation>
    </message>
    <message>
        <source>larger than the sampling error (p {p})</source>
        <translation>groter dan de steekproeffout (p {p})</translation>
    </message>
    <message>
        <source>within the sampling error: it may be chance (p {p})</source>
        <translation>binnen de steekproeffout: het kan toeval zijn (p {p})</translation>
    </message>
    <message>
        <source>Change {before} → {after}: {delta} ({was} → {now}), {test}</source>
        <translation>Verandering {before} → {after}: {delta} ({was} → {now}), {test}</translation>
    </message>
    <message>
        <source>Different bases or sources on one chart: compare with care; each is named below.</source>
        <translation>Verschillende basis of bron in één grafiek: vergelijk voorzichtig; elk staat hieronder vermeld.</translation>
    </message>
    <message>
        <source>{mark} answer of {client}</source>
        <translation>{mark} antwoord van {client}</translation>
    </message>
</context>
<context>
    <name>CheckEditor</name>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>Name of the client</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>Quick (about 3 minutes)</source>
        <translation>Snel (ongeveer 3 minuten)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <source>&amp;Answering:</source>
        <translation>&amp;Aan het woord:</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Deelnemer toevoegen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorige</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Volgende ›</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Participant answering</source>
        <translation>Deelnemer die antwoordt</translation>
    </message>
    <message>
        <source>Click an answer or press its number; 0 is “don&apos;t know”. Page Up/Down move between questions.</source>
        <translation>Klik op een antwoord of druk op het nummer; 0 is “weet ik niet”. Met Page Up/Down ga je naar een andere vraag.</translation>
    </message>
    <message>
        <source>Participant {n}</source>
        <translation>Deelnemer {n}</translation>
    </message>
    <message>
        <source>Readiness · {dimension}</source>
        <translation>Readiness · {dimension}</translation>
    </message>
    <message>
        <source>Based on the categories of the survey of {n} {respondents}</source>
        <translation>Gebaseerd op de categorieën van het onderzoek onder {n} {respondents}</translation>
    </message>
    <message>
        <source>answered by {role}</source>
        <translation>beantwoord door {role}</translation>
    </message>
    <message>
        <source>Question {n} of {total} · {answered} answered</source>
        <translation>Vraag {n} van {total} · {answered} beantwoord</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Role (for example: IT lead):</source>
        <translation>Rol (bijvoorbeeld: hoofd IT):</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Naam van deelnemer wijzigen</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Remove {role} and their answers from this check?</source>
        <translation>{role} en de bijbehorende antwoorden uit deze check verwijderen?</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Created {created} · last change {changed} · 1 participant</source>
        <translation>Aangemaakt op {created} · laatst gewijzigd op {changed} · 1 deelnemer</translation>
    </message>
    <message>
        <source>Created {created} · last change {changed} · {n} participants</source>
        <translation>Aangemaakt op {created} · laatst gewijzigd op {changed} · {n} deelnemers</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Search by client or date (2026-11)</source>
        <translation>Zoek op klant of datum (2026-11)</translation>
    </message>
    <message>
        <source>Search saved checks</source>
        <translation>Opgeslagen checks doorzoeken</translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation>Opgeslagen checks</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Nieuwe check</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>Vervolgcheck</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Compare two</source>
        <translation>Twee vergelijken</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alles exporteren…</translation>
    </message>
    <message>
        <source>My clients vs survey</source>
        <translation>Mijn klanten vs. onderzoek</translation>
    </message>
    <message>
        <source>Select two checks of the same client (Ctrl+click)</source>
        <translation>Selecteer twee checks van dezelfde klant (Ctrl+klik)</translation>
    </message>
</context>
<context>
    <name>ClientOnCharts</name>
    <message>
        <source>Open or answer a readiness check first (Readiness check, Ctrl+2): its answers to the survey&apos;s questions are then marked on the report&apos;s charts.</source>
        <translation>Open of beantwoord eerst een readiness-check (Readiness-check, Ctrl+2): de antwoorden op de vragen uit het onderzoek worden dan in de grafieken van het rapport gemarkeerd.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>de klant</translation>
    </message>
</context>
<context>
    <name>CompareChartDialog</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Kanttekening</translation>
    </message>
    <message>
        <source>Compare in a chart</source>
        <translation>Vergelijken in een grafiek</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Staven</translation>
    </message>
    <message>
        <source>Grouped bars (one group per item)</source>
        <translation>Gegroepeerde staven (een groep per onderdeel)</translation>
    </message>
    <message>
        <source>Dot plot (one line per item, a dot per figure)</source>
        <translation>Stippengrafiek (een lijn per onderdeel, een stip per cijfer)</translation>
    </message>
    <message>
        <source>100% stacked bars</source>
        <translation>100%-gestapelde staven</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Different bases or sources: {bases}. Compare these figures with care.</source>
        <translation>Verschillende basis of bron: {bases}. Vergelijk deze cijfers voorzichtig.</translation>
    </message>
    <message>
        <source>These values are measured in different units and cannot share one axis. Choose items of one unit.</source>
        <translation>Deze waarden zijn in verschillende eenheden gemeten en kunnen niet op één as. Kies onderdelen met één eenheid.</translation>
    </message>
    <message>
        <source>Choose at least two items to compare.</source>
        <translation>Kies minstens twee onderdelen om te vergelijken.</translation>
    </message>
    <message>
        <source>Give the chart a title.</source>
        <translation>Geef de grafiek een titel.</translation>
    </message>
    <message>
        <source>These values have different bases or sources: the chart needs a caveat that says so.</source>
        <translation>Deze waarden hebben een verschillende basis of bron: de grafiek heeft een kanttekening nodig die dat zegt.</translation>
    </message>
    <message>
        <source>Different bases or sources: these values are shown on one axis only with the caveat below.
{bases}</source>
        <translation>Verschillende basis of bron: deze waarden staan alleen met de kanttekening hieronder op één as.
{bases}</translation>
    </message>
    <message>
        <source>The values share one base and one source.</source>
        <translation>De waarden hebben dezelfde basis en bron.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>What moved: {client}</source>
        <translation>Wat er veranderd is: {client}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Scores from 0 to 100; a change in green went up, in red went down.</source>
        <translation>Scores van 0 tot 100; een verandering in groen is een stijging, in rood een daling.</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <source>The pack {location} has {count} problem(s) and cannot be compared. Fix them (listed under Details), then try again.</source>
        <translation>Het pakket {location} heeft {count} probleem/problemen en kan niet worden vergeleken. Los ze op (zie Details) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The pack {location} has no figure with the same id as this one, so there is nothing to compare. A compare.toml in either pack can name renamed figures.</source>
        <translation>Het pakket {location} heeft geen cijfer met dezelfde id als dit pakket; er valt niets te vergelijken. Een compare.toml in een van beide pakketten kan hernoemde cijfers aanwijzen.</translation>
    </message>
</context>
<context>
    <name>ComparisonBar</name>
    <message>
        <source>Both editions on every chart that has their figures: {before} and {after}.</source>
        <translation>Beide edities in elke grafiek met hun cijfers: {before} en {after}.</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Helling</translation>
    </message>
    <message>
        <source>Show each item&apos;s two values as a slope instead of bars</source>
        <translation>Toon de twee waarden van elk onderdeel als helling in plaats van staven</translation>
    </message>
    <message>
        <source>What changed…</source>
        <translation>Wat is er veranderd…</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Stoppen met vergelijken</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>How was this calculated?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>How the score was calculated</source>
        <translation>Hoe de score is berekend</translation>
    </message>
    <message>
        <source>Each answer on a scale of k options scores 100 × (option − 1) / (k − 1). “Don&apos;t know” is not scored: it is counted as a gap in knowledge. A question&apos;s score is the mean of its participants; a dimension&apos;s score is the weighted mean of its questions; the overall score is the weighted mean of the dimensions that have a score.</source>
        <translation>Elk antwoord op een schaal met k opties levert 100 × (optie − 1) / (k − 1) punten op. “Weet ik niet” krijgt geen score: het telt als een kennislacune. De score van een vraag is het gemiddelde van de deelnemers; de score van een dimensie is het gewogen gemiddelde van de vragen; de totaalscore is het gewogen gemiddelde van de dimensies die een score hebben.</translation>
    </message>
    <message>
        <source>Dimension weight {w}</source>
        <translation>Gewicht van de dimensie {w}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Spread between participants: {s} points (disagreement from {t}).</source>
        <translation>Spreiding tussen deelnemers: {s} punten (verschil van mening vanaf {t}).</translation>
    </message>
    <message>
        <source>Ahead of = the survey&apos;s share of organisations on a lower adoption level: {a}.</source>
        <translation>Verder dan = het aandeel organisaties in het onderzoek op een lager adoptieniveau: {a}.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Stages start at these overall scores:</source>
        <translation>De fasen beginnen bij deze totaalscores:</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Urgency = dimension weight × (100 − score); the three most urgent come first.</source>
        <translation>Urgentie = dimensiegewicht × (100 − score); de drie meest urgente staan bovenaan.</translation>
    </message>
    <message>
        <source>Place among the survey</source>
        <translation>Plaats in het onderzoek</translation>
    </message>
</context>
<context>
    <name>ExportSlides</name>
    <message>
        <source>Export slides</source>
        <translation>Dia&apos;s exporteren</translation>
    </message>
    <message>
        <source>Which slides do you want to export?</source>
        <translation>Welke dia&apos;s wil je exporteren?</translation>
    </message>
    <message>
        <source>The whole deck</source>
        <translation>Alle dia&apos;s</translation>
    </message>
    <message>
        <source>Only “{chapter}”</source>
        <translation>Alleen “{chapter}”</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx);;PDF, one slide per page (*.pdf)</source>
        <translation>PowerPoint (*.pptx);;PDF, één dia per pagina (*.pdf)</translation>
    </message>
    <message>
        <source>The slides could not be written: {error}</source>
        <translation>De dia&apos;s konden niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>{n} slides written to {path}</source>
        <translation>{n} dia&apos;s opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>FiguresExplorer</name>
    <message>
        <source>Figures explorer</source>
        <translation>Cijferverkenner</translation>
    </message>
    <message>
        <source>Filter by any word: figure, label, base, source…</source>
        <translation>Filter op elk woord: cijfer, label, basis, bron…</translation>
    </message>
    <message>
        <source>Press Enter or double-click a row to open its figure as a chart. Select items of one or several figures (Ctrl+click, Shift+click) to compare them in a chart.</source>
        <translation>Druk op Enter of dubbelklik op een rij om het cijfer als grafiek te openen. Selecteer onderdelen van een of meer cijfers (Ctrl+klik, Shift+klik) om ze in een grafiek te vergelijken.</translation>
    </message>
    <message>
        <source>Compare in a chart…</source>
        <translation>Vergelijken in een grafiek…</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>not available (base not published)</source>
        <translation>niet beschikbaar (basis niet gepubliceerd)</translation>
    </message>
    <message>
        <source>* calculated from other figures of the report; not printed as such</source>
        <translation>* berekend uit andere cijfers van het rapport; niet als zodanig gepubliceerd</translation>
    </message>
    <message>
        <source>≈ approximate: the source gives this value in words or rounded</source>
        <translation>≈ bij benadering: de bron geeft deze waarde in woorden of afgerond</translation>
    </message>
    <message>
        <source>Score {value} of 100</source>
        <translation>Score {value} van 100</translation>
    </message>
    <message>
        <source>Participants range from {low} to {high}</source>
        <translation>Deelnemers lopen uiteen van {low} tot {high}</translation>
    </message>
    <message>
        <source>– not published</source>
        <translation>– niet gepubliceerd</translation>
    </message>
    <message>
        <source>calculated from other figures of the report</source>
        <translation>berekend uit andere cijfers van het rapport</translation>
    </message>
    <message>
        <source>approximate: the source gives it in words</source>
        <translation>bij benadering: de bron noemt het in woorden</translation>
    </message>
    <message>
        <source>≈ {count} of {n}</source>
        <translation>≈ {count} van {n}</translation>
    </message>
    <message>
        <source>95% interval (Wilson): {interval}</source>
        <translation>95%-interval (Wilson): {interval}</translation>
    </message>
    <message>
        <source>n = {low} to {high}</source>
        <translation>n = {low} tot {high}</translation>
    </message>
    <message>
        <source>Base: {base}</source>
        <translation>Basis: {base}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Value (%)</source>
        <translation>Waarde (%)</translation>
    </message>
    <message>
        <source>≈ Count</source>
        <translation>≈ Aantal</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>95%-ondergrens</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95%-bovengrens</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>How to present</source>
        <translation>Zo presenteer je</translation>
    </message>
    <message>
        <source>Before the meeting: open the app once on the laptop; it needs no network.</source>
        <translation>Voor de afspraak: open de app één keer op de laptop; hij heeft geen netwerk nodig.</translation>
    </message>
    <message>
        <source>Connect the projector. With two screens, F5 shows the slides on the projector and the presenter view on the laptop; X swaps them if they land the wrong way round.</source>
        <translation>Sluit de projector aan. Met twee schermen toont F5 de dia&apos;s op de projector en de presentatorweergave op de laptop; X wisselt ze om als ze verkeerd om staan.</translation>
    </message>
    <message>
        <source>With one screen (or Windows&apos; duplicate mode), F5 shows the slides full screen; Alt+F5 opens the presenter view as a window to rehearse.</source>
        <translation>Met één scherm (of de dupliceerstand van Windows) toont F5 de dia&apos;s schermvullend; Alt+F5 opent de presentatorweergave als venster om te oefenen.</translation>
    </message>
    <message>
        <source>Pick a chapter and press Shift+F5 to start from there. A clicker works as in PowerPoint.</source>
        <translation>Kies een hoofdstuk en druk op Shift+F5 om daar te beginnen. Een clicker werkt zoals in PowerPoint.</translation>
    </message>
    <message>
        <source>Choose a theme for the room under View › Theme, or press T during the presentation: Projector is pure black on white for a washed-out beamer.</source>
        <translation>Kies een thema voor de zaal onder Beeld › Thema, of druk tijdens de presentatie op T: Projector is puur zwart op wit voor een flets beeld.</translation>
    </message>
    <message>
        <source>A bar chart on a slide builds bar by bar with the forward key, the highlighted bar last; the presenter view shows the next step. Click a bar on the wall to highlight it. Charts you made yourself (My charts) come at the end of the show.</source>
        <translation>Een staafgrafiek op een dia bouwt met de toets vooruit staaf voor staaf op, de gemarkeerde staaf als laatste; de presentatorweergave toont de volgende stap. Klik op een staaf op de muur om die te markeren. Grafieken die je zelf maakte (Mijn grafieken) komen aan het eind van de presentatie.</translation>
    </message>
    <message>
        <source>For the readiness check, start a check (Ctrl+N) and press Ctrl+F5: the client sees their results on the wall while you answer the questions on the laptop.</source>
        <translation>Voor de readiness-check: start een check (Ctrl+N) en druk op Ctrl+F5: de klant ziet de resultaten op de muur terwijl jullie de vragen op de laptop beantwoorden.</translation>
    </message>
    <message>
        <source>After the meeting, File › Export slides… (Ctrl+Shift+E) writes the deck as PowerPoint, with charts the client can edit, or as PDF.</source>
        <translation>Na afloop schrijft Bestand › Dia&apos;s exporteren… (Ctrl+Shift+E) de presentatie als PowerPoint, met grafieken die de klant kan bewerken, of als PDF.</translation>
    </message>
    <message>
        <source>present from the start / from here / with the presenter view</source>
        <translation>presenteren vanaf het begin / vanaf hier / met de presentatorweergave</translation>
    </message>
    <message>
        <source>next slide, or the next bar of a build</source>
        <translation>volgende dia, of de volgende staaf van een opbouw</translation>
    </message>
    <message>
        <source>back one slide or one bar</source>
        <translation>één dia of één staaf terug</translation>
    </message>
    <message>
        <source>number, then Enter</source>
        <translation>nummer, dan Enter</translation>
    </message>
    <message>
        <source>go to that slide</source>
        <translation>naar die dia</translation>
    </message>
    <message>
        <source>black / white screen; the same key returns</source>
        <translation>zwart / wit scherm; dezelfde toets brengt de dia terug</translation>
    </message>
    <message>
        <source>laser pointer</source>
        <translation>laserpointer</translation>
    </message>
    <message>
        <source>zoom into the chart</source>
        <translation>in- en uitzoomen op de grafiek</translation>
    </message>
    <message>
        <source>overview of all slides</source>
        <translation>overzicht van alle dia&apos;s</translation>
    </message>
    <message>
        <source>the readiness check&apos;s live results</source>
        <translation>de live resultaten van de readiness-check</translation>
    </message>
    <message>
        <source>light, dark or projector theme</source>
        <translation>licht, donker of projectorthema</translation>
    </message>
    <message>
        <source>end; the main window shows where you were</source>
        <translation>stoppen; het hoofdvenster toont waar je was</translation>
    </message>
    <message>
        <source>search the report</source>
        <translation>zoeken in het rapport</translation>
    </message>
    <message>
        <source>print / export the current chapter as PDF</source>
        <translation>het huidige hoofdstuk afdrukken / als PDF exporteren</translation>
    </message>
    <message>
        <source>export the slides as PowerPoint or PDF</source>
        <translation>de dia&apos;s exporteren als PowerPoint of PDF</translation>
    </message>
    <message>
        <source>switch between Dutch and English</source>
        <translation>wisselen tussen Nederlands en Engels</translation>
    </message>
    <message>
        <source>chapter list / text / charts</source>
        <translation>hoofdstukkenlijst / tekst / grafieken</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys during the presentation</source>
        <translation>Toetsen tijdens de presentatie</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Volgende dia</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Vorige dia</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Eerste / laatste dia</translation>
    </message>
    <message>
        <source>Go to slide number</source>
        <translation>Naar dia met nummer</translation>
    </message>
    <message>
        <source>number, then Enter</source>
        <translation>nummer, dan Enter</translation>
    </message>
    <message>
        <source>Black / white screen (again to return)</source>
        <translation>Zwart / wit scherm (nog eens om terug te gaan)</translation>
    </message>
    <message>
        <source>Laser pointer</source>
        <translation>Laserpointer</translation>
    </message>
    <message>
        <source>Zoom the chart</source>
        <translation>In- en uitzoomen op de grafiek</translation>
    </message>
    <message>
        <source>All slides</source>
        <translation>Alle dia&apos;s</translation>
    </message>
    <message>
        <source>Swap the screens</source>
        <translation>Schermen omwisselen</translation>
    </message>
    <message>
        <source>Light, dark or projector theme</source>
        <translation>Licht, donker of projectorthema</translation>
    </message>
    <message>
        <source>The readiness check&apos;s live results</source>
        <translation>De live resultaten van de readiness-check</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Deze toetsen</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Presentatie beëindigen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Report pack not loaded</source>
        <translation>Rapportpakket niet geladen</translation>
    </message>
    <message>
        <source>The report pack {location} has {count} problem(s) and was not loaded. The bundled report is shown instead.</source>
        <translation>Het rapportpakket {location} is niet geladen, omdat er problemen in zitten (aantal: {count}). Je ziet nu het meegeleverde rapport.</translation>
    </message>
    <message>
        <source>The report pack {location} has {count} problem(s) and was not loaded. The report on screen stays open.</source>
        <translation>Het rapportpakket {location} is niet geladen, omdat er problemen in zitten (aantal: {count}). Het rapport op het scherm blijft open.</translation>
    </message>
    <message>
        <source>Fix the problems listed under Details, then open the pack again.</source>
        <translation>Los de problemen op die onder Details staan en open het pakket daarna opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Your work is not lost. Details were written to {log}.</source>
        <translation>Er ging iets mis: {error}

Je werk is niet verloren. De details staan in {log}.</translation>
    </message>
</context>
<context>
    <name>MyCharts</name>
    <message>
        <source>Rename chart</source>
        <translation>Grafiek hernoemen</translation>
    </message>
    <message>
        <source>Title of the chart:</source>
        <translation>Titel van de grafiek:</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translation>Grafiek verwijderen</translation>
    </message>
    <message>
        <source>Delete your chart “{title}”? The pack is not changed.</source>
        <translation>Je grafiek “{title}” verwijderen? Het pakket verandert niet.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search the report (Ctrl+F)</source>
        <translation>Zoeken in het rapport (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the report</source>
        <translation>Zoeken in het rapport</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Hoofdstukken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>My charts</source>
        <translation>Mijn grafieken</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Geen resultaten</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>My clients beside the survey</source>
        <translation>Mijn klanten naast het onderzoek</translation>
    </message>
    <message>
        <source>Adoption level: my clients and the surveyed organisations</source>
        <translation>Adoptieniveau: mijn klanten en de ondervraagde organisaties</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Mijn klanten</translation>
    </message>
    <message>
        <source>my clients, the latest check of each</source>
        <translation>mijn klanten, van elke klant de laatste check</translation>
    </message>
    <message>
        <source>your saved checks</source>
        <translation>je opgeslagen checks</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <source>{n} client(s) with a saved adoption level; each client counts once, with their latest check.</source>
        <translation>{n} klant(en) met een opgeslagen adoptieniveau; elke klant telt één keer mee, met de laatste check.</translation>
    </message>
</context>
<context>
    <name>OwnSlides</name>
    <message>
        <source>My charts</source>
        <translation>Mijn grafieken</translation>
    </message>
    <message>
        <source>Comparisons made from the report&apos;s figures, not charts of the report</source>
        <translation>Vergelijkingen gemaakt met de cijfers van het rapport, geen grafieken uit het rapport</translation>
    </message>
    <message>
        <source>Bases and sources of this chart:</source>
        <translation>Basis en bron van deze grafiek:</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Open report pack</source>
        <translation>Rapportpakket openen</translation>
    </message>
    <message>
        <source>Report packs (manifest.toml *.zip)</source>
        <translation>Rapportpakketten (manifest.toml *.zip)</translation>
    </message>
</context>
<context>
    <name>PackLoading</name>
    <message>
        <source>Reading {file} of the report pack {pack}…</source>
        <translation>{file} van het rapportpakket {pack} wordt gelezen…</translation>
    </message>
    <message>
        <source>Opening report pack</source>
        <translation>Rapportpakket openen</translation>
    </message>
    <message>
        <source>Reading the report pack {pack}…</source>
        <translation>Het rapportpakket {pack} wordt gelezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>{check}: {client}</source>
        <translation>{check}: {client}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Date: {date} · Participants: {roles}</source>
        <translation>Datum: {date} · Deelnemers: {roles}</translation>
    </message>
    <message>
        <source>Readiness score: {score} / 100</source>
        <translation>Readiness-score: {score} / 100</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Fase: {stage}</translation>
    </message>
    <message>
        <source>Source of the comparison: {source}, {base} ({title}). Page {page} of {pages}.</source>
        <translation>Bron van de vergelijking: {source}, {base} ({title}). Pagina {page} van {pages}.</translation>
    </message>
    <message>
        <source>Findings are in the report at: {places}.</source>
        <translation>De bevindingen staan in het rapport bij: {places}.</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presentatorweergave</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprekersnotities</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Swap screens (X)</source>
        <translation>Schermen omwisselen (X)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Beëindigen (Esc)</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Kleinere notities</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Grotere notities</translation>
    </message>
    <message>
        <source>Slide {n} of {total}</source>
        <translation>Dia {n} van {total}</translation>
    </message>
    <message>
        <source>build {step} of {steps}</source>
        <translation>opbouw {step} van {steps}</translation>
    </message>
    <message>
        <source>black screen</source>
        <translation>zwart scherm</translation>
    </message>
    <message>
        <source>white screen</source>
        <translation>wit scherm</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Geen notities bij deze dia.</translation>
    </message>
</context>
<context>
    <name>ReadinessErrors</name>
    <message>
        <source>The answer to question “{question}” is not one of its options.</source>
        <translation>Het antwoord op vraag “{question}” is geen van de antwoordmogelijkheden.</translation>
    </message>
    <message>
        <source>The answer to question “{question}” is off its scale.</source>
        <translation>Het antwoord op vraag “{question}” valt buiten de schaal.</translation>
    </message>
    <message>
        <source>This check has no question “{question}”.</source>
        <translation>Deze check heeft geen vraag “{question}”.</translation>
    </message>
    <message>
        <source>Question “{question}” takes a list of options.</source>
        <translation>Vraag “{question}” verwacht een lijst van antwoorden.</translation>
    </message>
    <message>
        <source>Question “{question}” has no option {value}.</source>
        <translation>Vraag “{question}” heeft geen antwoord {value}.</translation>
    </message>
    <message>
        <source>Question “{question}” still needs an answer.</source>
        <translation>Vraag “{question}” heeft nog geen antwoord.</translation>
    </message>
    <message>
        <source>The check has an unknown mode.</source>
        <translation>De check heeft een onbekende vorm.</translation>
    </message>
    <message>
        <source>A check needs at least one participant.</source>
        <translation>Een check heeft minstens één deelnemer nodig.</translation>
    </message>
    <message>
        <source>The answer to question “{question}” cannot be used.</source>
        <translation>Het antwoord op vraag “{question}” is niet bruikbaar.</translation>
    </message>
    <message>
        <source>The disk is full: the last change could not be saved to {path}. Your saved checks are safe. Free some space and try again.</source>
        <translation>De schijf is vol: de laatste wijziging kon niet worden opgeslagen in {path}. Je opgeslagen checks zijn veilig. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The checks database {path} is read-only: your saved checks can be read but nothing new can be saved. Check the folder&apos;s permissions.</source>
        <translation>De database met checks {path} is alleen-lezen: je opgeslagen checks zijn te lezen, maar er kan niets nieuws worden opgeslagen. Controleer de rechten op de map.</translation>
    </message>
    <message>
        <source>Another program is using the checks database {path}. Your saved checks are safe; close the other program and try again.</source>
        <translation>Een ander programma gebruikt de database met checks {path}. Je opgeslagen checks zijn veilig; sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The checks database {path} cannot be reached. Your saved checks are not changed; check the folder (a network drive?) and try again.</source>
        <translation>De database met checks {path} is niet bereikbaar. Je opgeslagen checks zijn niet gewijzigd; controleer de map (een netwerkschijf?) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The checks database {path} is damaged.</source>
        <translation>De database met checks {path} is beschadigd.</translation>
    </message>
    <message>
        <source>The checks database {path} was made by a newer version of this app.</source>
        <translation>De database met checks {path} is gemaakt door een nieuwere versie van deze app.</translation>
    </message>
    <message>
        <source>This check no longer exists.</source>
        <translation>Deze check bestaat niet meer.</translation>
    </message>
    <message>
        <source>The checks database {path} could not be used: {error}</source>
        <translation>De database met checks {path} kon niet worden gebruikt: {error}</translation>
    </message>
</context>
<context>
    <name>ReadinessWorkspace</name>
    <message>
        <source>Start a new check, or open a saved one from the list.</source>
        <translation>Start een nieuwe check of open een opgeslagen check uit de lijst.</translation>
    </message>
    <message>
        <source>was made by a newer version of this app</source>
        <translation>is gemaakt met een nieuwere versie van deze app</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>was beschadigd</translation>
    </message>
    <message>
        <source>Saved checks</source>
        <translation>Opgeslagen checks</translation>
    </message>
    <message>
        <source>The checks database {reason}. It has not been changed: it was moved to
{path}
The app goes on with a new, empty database.</source>
        <translation>De database met checks {reason}. Er is niets aan veranderd: hij is verplaatst naar
{path}
De app gaat verder met een nieuwe, lege database.</translation>
    </message>
    <message>
        <source>{n} check(s) from {path} are back in the list.</source>
        <translation>{n} check(s) uit {path} staan weer in de lijst.</translation>
    </message>
    <message>
        <source>Participant 1</source>
        <translation>Deelnemer 1</translation>
    </message>
    <message>
        <source>Rename check</source>
        <translation>Naam van check wijzigen</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Delete check</source>
        <translation>Check verwijderen</translation>
    </message>
    <message>
        <source>Delete the check of {client}? This cannot be undone.</source>
        <translation>De check van {client} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Compare two checks of the same client.</source>
        <translation>Vergelijk twee checks van dezelfde klant.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {error}</source>
        <translation>De PDF kon niet worden opgeslagen in {path}: {error}</translation>
    </message>
    <message>
        <source>Export all checks</source>
        <translation>Alle checks exporteren</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written to {path}: {error}</source>
        <translation>De export kon niet worden opgeslagen in {path}: {error}</translation>
    </message>
    <message>
        <source>{n} checks written to {path}.</source>
        <translation>{n} checks opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Speaker notes</source>
        <translation>Sprekersnotities</translation>
    </message>
    <message>
        <source>Chapter text</source>
        <translation>Tekst van het hoofdstuk</translation>
    </message>
    <message>
        <source>Charts of the chapter</source>
        <translation>Grafieken van het hoofdstuk</translation>
    </message>
    <message>
        <source>No notes for this part.</source>
        <translation>Geen notities bij dit onderdeel.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Live results</source>
        <translation>Live resultaten</translation>
    </message>
    <message>
        <source>How was this calculated?</source>
        <translation>Hoe is dit berekend?</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Readiness per dimension (0 to 100)</source>
        <translation>Readiness per dimensie (0 tot 100)</translation>
    </message>
    <message>
        <source>Your place on the survey&apos;s adoption ladder</source>
        <translation>Jullie plek op de adoptieladder van het onderzoek</translation>
    </message>
    <message>
        <source>Your obstacles against the surveyed organisations</source>
        <translation>Jullie obstakels naast die van de ondervraagde organisaties</translation>
    </message>
    <message>
        <source>no score: not known</source>
        <translation>geen score: niet bekend</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>Answer a readiness question to see a score.</source>
        <translation>Beantwoord een readiness-vraag om een score te zien.</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Answer the adoption question to see your place among the {n} {respondents}.</source>
        <translation>Beantwoord de adoptievraag om jullie plek tussen de {n} {respondents} te zien.</translation>
    </message>
    <message>
        <source>“{level}”: ahead of {ahead}% of the {base}; {same}% are at the same level.</source>
        <translation>“{level}”: verder dan {ahead}% van de {base}; {same}% zit op hetzelfde niveau.</translation>
    </message>
    <message>
        <source>{answered} of {total} answers given</source>
        <translation>{answered} van {total} antwoorden gegeven</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Answer the readiness questions to see what to do first.</source>
        <translation>Beantwoord de readiness-vragen om te zien waar je als eerste mee aan de slag gaat.</translation>
    </message>
    <message>
        <source>Top three priorities</source>
        <translation>Top drie prioriteiten</translation>
    </message>
    <message>
        <source>score {s}</source>
        <translation>score {s}</translation>
    </message>
    <message>
        <source>What the report says about organisations like yours</source>
        <translation>Wat het rapport zegt over organisaties zoals die van jullie</translation>
    </message>
    <message>
        <source>Source: {place}</source>
        <translation>Bron: {place}</translation>
    </message>
    <message>
        <source>Our advice (not a finding of the survey)</source>
        <translation>Ons advies (geen uitkomst van het onderzoek)</translation>
    </message>
    <message>
        <source>Where the participants disagree</source>
        <translation>Waar de deelnemers het oneens zijn</translation>
    </message>
    <message>
        <source>{dimension}: scores differ by {spread} points</source>
        <translation>{dimension}: scores verschillen {spread} punten</translation>
    </message>
    <message>
        <source>Gaps in knowledge</source>
        <translation>Kennislacunes</translation>
    </message>
    <message>
        <source>{dimension}: {people} of {participants} participants answered “{dont_know}” ({count}×)</source>
        <translation>{dimension}: {people} van de {participants} deelnemers antwoordde “{dont_know}” ({count}×)</translation>
    </message>
    <message>
        <source>{dimension}: the participant answered “{dont_know}” ({count}×)</source>
        <translation>{dimension}: de deelnemer antwoordde “{dont_know}” ({count}×)</translation>
    </message>
</context>
<context>
    <name>SlideOverviewDialog</name>
    <message>
        <source>All slides</source>
        <translation>Alle dia&apos;s</translation>
    </message>
</context>
<context>
    <name>SlideShowController</name>
    <message>
        <source>Readiness check: your results</source>
        <translation>Readiness-check: jullie resultaten</translation>
    </message>
    <message>
        <source>No readiness check is open.</source>
        <translation>Er is geen readiness-check geopend.</translation>
    </message>
    <message>
        <source>Your readiness: {score}</source>
        <translation>Jullie readiness: {score}</translation>
    </message>
    <message>
        <source>First to tackle (highlighted):</source>
        <translation>Eerst aanpakken (uitgelicht):</translation>
    </message>
    <message>
        <source>The participants disagree on:</source>
        <translation>De deelnemers verschillen van mening over:</translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
    <message>
        <source>Beside each item: the change from {before} to {after} in percentage points.</source>
        <translation>Bij elk item: de verandering van {before} naar {after} in procentpunten.</translation>
    </message>
    <message>
        <source>Not tested against the sampling error: the number asked is not published for both surveys.</source>
        <translation>Niet getoetst aan de steekproeffout: het aantal ondervraagden is niet voor beide onderzoeken gepubliceerd.</translation>
    </message>
    <message>
        <source>No change is larger than the sampling error: each may be chance.</source>
        <translation>Geen verandering is groter dan de steekproeffout: elke kan toeval zijn.</translation>
    </message>
    <message>
        <source>Larger than the sampling error: {items}.</source>
        <translation>Groter dan de steekproeffout: {items}.</translation>
    </message>
    <message>
        <source>Larger than the sampling error: {items}; the other changes may be chance.</source>
        <translation>Groter dan de steekproeffout: {items}; de andere veranderingen kunnen toeval zijn.</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <source>The disk is full: your saved checks are shown, but changes cannot be saved. Free some space; saving resumes by itself.</source>
        <translation>De schijf is vol: je opgeslagen checks worden getoond, maar wijzigingen kunnen niet worden opgeslagen. Maak ruimte vrij; opslaan gaat daarna vanzelf weer.</translation>
    </message>
    <message>
        <source>The checks database {path} cannot be written: your saved checks are shown, but changes cannot be saved.</source>
        <translation>Er kan niet worden geschreven in de database met checks {path}: je opgeslagen checks worden getoond, maar wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>was made by a newer version of this app</source>
        <translation>is gemaakt met een nieuwere versie van deze app</translation>
    </message>
    <message>
        <source>was damaged</source>
        <translation>was beschadigd</translation>
    </message>
    <message>
        <source>A checks database that {reason} was set aside on {when}: {path}</source>
        <translation>Een database met checks die {reason}, is op {when} apart gezet: {path}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Bring back every check that can still be read from {path}</source>
        <translation>Zet elke check terug die nog te lezen is uit {path}</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <source>respondents</source>
        <translation>respondenten</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Readiness-check</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>{item} ({chart}): only in {edition}</source>
        <translation>{item} ({chart}): alleen in {edition}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is er veranderd</translation>
    </message>
    <message>
        <source>Each item both editions have, the largest change first, in percentage points. A change is tested against the surveys&apos; sampling error only where both editions published how many were asked. Press Enter or double-click to see the chart.</source>
        <translation>Elk onderdeel dat beide edities hebben, de grootste verandering eerst, in procentpunten. Een verandering wordt alleen getoetst aan de steekproeffout waar beide edities publiceerden hoeveel er zijn ondervraagd. Druk op Enter of dubbelklik om de grafiek te zien.</translation>
    </message>
    <message>
        <source>In one edition only ({count}):</source>
        <translation>In maar één editie ({count}):</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Open report pack…</source>
        <translation>Rapportpakket &amp;openen…</translation>
    </message>
    <message>
        <source>Show the &amp;bundled report</source>
        <translation>Het &amp;meegeleverde rapport tonen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find in the report</source>
        <translation>&amp;Zoeken in het rapport</translation>
    </message>
    <message>
        <source>&amp;Next chapter</source>
        <translation>V&amp;olgend hoofdstuk</translation>
    </message>
    <message>
        <source>&amp;Previous chapter</source>
        <translation>&amp;Vorig hoofdstuk</translation>
    </message>
    <message>
        <source>Go to the chapter list</source>
        <translation>Naar de hoofdstukkenlijst</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>Naar de tekst</translation>
    </message>
    <message>
        <source>Go to the charts</source>
        <translation>Naar de grafieken</translation>
    </message>
    <message>
        <source>Show 95% &amp;intervals</source>
        <translation>95%-&amp;intervallen tonen</translation>
    </message>
    <message>
        <source>Speaker &amp;notes</source>
        <translation>&amp;Sprekersnotities</translation>
    </message>
    <message>
        <source>Figures &amp;explorer</source>
        <translation>Cij&amp;ferverkenner</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Taal wisselen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Projector (high contrast)</source>
        <translation>&amp;Projector (hoog contrast)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>How to &amp;present</source>
        <translation>Zo &amp;presenteer je</translation>
    </message>
    <message>
        <source>&amp;Print chapter…</source>
        <translation>&amp;Hoofdstuk afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Export chapter as PDF…</source>
        <translation>Hoofdstuk e&amp;xporteren als PDF…</translation>
    </message>
    <message>
        <source>Export &amp;slides (PowerPoint, PDF)…</source>
        <translation>&amp;Dia&apos;s exporteren (PowerPoint, PDF)…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Readiness &amp;check</source>
        <translation>Readiness-&amp;check</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nieuwe check</translation>
    </message>
    <message>
        <source>&amp;Present from the start</source>
        <translation>&amp;Presenteren vanaf het begin</translation>
    </message>
    <message>
        <source>Present from &amp;here</source>
        <translation>Presenteren vanaf &amp;hier</translation>
    </message>
    <message>
        <source>Presenter &amp;view</source>
        <translation>Presentator&amp;weergave</translation>
    </message>
    <message>
        <source>Show the readiness results on the wall</source>
        <translation>Readiness-resultaten op de muur tonen</translation>
    </message>
    <message>
        <source>&amp;Compare with another pack…</source>
        <translation>&amp;Vergelijken met een ander pakket…</translation>
    </message>
    <message>
        <source>Open another edition of the survey beside this one and see what changed</source>
        <translation>Open een andere editie van het onderzoek naast deze en zie wat er veranderd is</translation>
    </message>
    <message>
        <source>What &amp;changed…</source>
        <translation>Wat is er ve&amp;randerd…</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Stoppen met vergelijken</translation>
    </message>
    <message>
        <source>Show the client&apos;s answers on the charts</source>
        <translation>Antwoorden van de klant in de grafieken tonen</translation>
    </message>
</context>
</TS>
