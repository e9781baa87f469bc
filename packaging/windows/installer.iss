; Inno Setup script for Windows (Inno Setup 6.4 or newer).
; Build with packaging/windows/build_installer.sh, which passes the defines below; by hand:
;   iscc /DAppVersion=0.2.0rc1 /DVersionInfo=0.2.0.3001 packaging\windows\installer.iss
; (python packaging/release_version.py --windows prints VersionInfo for the current version).
; Optional: /DBundleDir=<folder> (default ..\..\dist\desktop-app), /DSign together with
; /Ssigntool=<command> to sign the setup and its uninstaller (packaging/SIGNING.md).
;
; For all users into Program Files by default (AppLocker's default rules allow programs
; there, and IT deploys with /VERYSILENT /ALLUSERS); a consultant without administrator
; rights may choose "only for me" in the first dialog, which installs under
; %LOCALAPPDATA%\Programs, a folder AppLocker's default rules block.

#ifndef AppVersion
  #error Pass /DAppVersion=<version from pyproject.toml> (packaging/windows/build_installer.sh does)
#endif
#ifndef VersionInfo
  #error Pass /DVersionInfo=<four numbers> (python packaging/release_version.py --windows)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\desktop-app"
#endif
#define AppName "Report Presenter"
#define AppExe "desktop-app.exe"

[Setup]
AppId={{6D0C1A52-4C0B-4C53-9C57-0B7E1F3D2A61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=InSpark
; Four numbers: Windows rejects "0.2.0rc1" here; the text version stays in the product text.
VersionInfoVersion={#VersionInfo}
VersionInfoProductVersion={#VersionInfo}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany=InSpark
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\ReportPresenter
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
; The bundle is 64-bit only (Python and Qt for x64; Arm64 Windows runs it emulated).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=ReportPresenter-{#AppVersion}-setup
SetupIconFile=app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running copy is closed (and reopened) by the Restart Manager before its files are replaced.
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.NewCheckIcon=Nieuwe readiness-check (snelkoppeling op het bureaublad)
english.NewCheckIcon=New readiness check (desktop shortcut)
dutch.NewCheckName=nieuwe readiness-check
english.NewCheckName=new readiness check

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "checkicon"; Description: "{cm:NewCheckIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: the previous version's Qt libraries, plugins and
; Python modules would otherwise stay beside the new ones, and Qt may load a stale plugin.
; Only the program folder is touched; the user's checks and settings live elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} - {cm:NewCheckName}"; Filename: "{app}\{#AppExe}"; Parameters: "--new-check"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon
Name: "{autodesktop}\{#AppName} - {cm:NewCheckName}"; Filename: "{app}\{#AppExe}"; Parameters: "--new-check"; Tasks: checkicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
