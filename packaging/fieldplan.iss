; Inno Setup script for Windows: builds FieldplanSetup-<version>.exe from the PyInstaller folder.
; On a Windows build machine (Python 3.11, Inno Setup 6):
;   py -m venv .venv && .venv\Scripts\pip install -c packaging\constraints.txt -e .[dev]
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\dist --workpath build\work packaging\fieldplan.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\fieldplan.iss
; Installs per user (no administrator rights needed on a caseworker's laptop); the profile stays in
; %LOCALAPPDATA%\Fieldplan\Fieldplan and is never removed by the uninstaller.

#define AppName "Fieldplan"
#define AppVersion "0.1.0"
#define Bundle "..\build\dist\fieldplan"

[Setup]
AppId={{6C1E8F0A-3B5D-4F3E-9C1A-5D2B7E4A9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Fieldplan authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\build\installer
OutputBaseFilename=FieldplanSetup-{#AppVersion}
SetupIconFile=icons\fieldplan.ico
UninstallDisplayIcon={app}\fieldplan.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible
LicenseFile=..\LICENSE
WizardStyle=modern

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\fieldplan.exe"
Name: "{group}\{#AppName} self-check"; Filename: "{cmd}"; Parameters: "/k ""{app}\fieldplan.exe"" --self-check"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\fieldplan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\fieldplan.exe"; Description: "Start Fieldplan"; Flags: nowait postinstall skipifsilent
