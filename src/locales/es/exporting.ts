// The es messages of the exported files (loaded with the export code on first use).
import exportMessages from '@/locales/es/export.json'

export default { export: exportMessages }
