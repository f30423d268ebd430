// The es messages of the export menu's items and of the exported files (loaded with the
// menu's items when it is first opened, and with the export code), and the texts of the link
// previews the build writes (scripts/prerender.ts).
import exportActions from '@/locales/es/export-actions.json'
import exportMessages from '@/locales/es/export.json'
import linkPreview from '@/locales/es/link-preview.json'

export default { linkPreview, exportActions, export: exportMessages }
