// The en messages of the export menu's items and of the exported files (loaded with the
// menu's items when it is first opened, and with the export code).
import exportActions from '@/locales/en/export-actions.json'
import exportMessages from '@/locales/en/export.json'

export default { exportActions, export: exportMessages }
