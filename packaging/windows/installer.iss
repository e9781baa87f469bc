; Inno Setup script for Windows. Installs per user without administrator rights, or for
; all users when run as administrator (the dialog lets the user choose).
; Build: packaging\build.sh (bundle into dist\desktop-app), then
;   iscc /DAppVersion=0.1.0 packaging\windows\installer.iss
; Signing: see packaging/SIGNING.md (SignTool is configured by the workflow, never here).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Report Presenter"
#define AppExe "desktop-app.exe"

[Setup]
AppId={{6D0C1A52-4C0B-4C53-9C57-0B7E1F3D2A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=InSpark
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\ReportPresenter
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ReportPresenter-{#AppVersion}-setup
SetupIconFile=app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "checkicon"; Description: "New readiness check (desktop shortcut)"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\desktop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} - new readiness check"; Filename: "{app}\{#AppExe}"; Parameters: "--new-check"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{autodesktop}\{#AppName} - new check"; Filename: "{app}\{#AppExe}"; Parameters: "--new-check"; Tasks: checkicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
