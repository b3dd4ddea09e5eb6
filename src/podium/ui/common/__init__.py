"""What every part of the UI shares: settings, language, palettes, icons, message boxes, the
background jobs and the open preparation's session. Imports nothing else from ``podium.ui``."""
