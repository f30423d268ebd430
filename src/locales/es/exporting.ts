// The es messages of the export menu's items and of the exported files (loaded with the
// menu's items when it is first opened, and with the export code).
import exportActions from '@/locales/es/export-actions.json'
import exportMessages from '@/locales/es/export.json'

export default { exportActions, export: exportMessages }
