// The en messages the first view needs (loaded before the app renders; see lib/i18n.ts).
import common from '@/locales/en/common.json'
import dashboard from '@/locales/en/dashboard.json'
import definitions from '@/locales/en/definitions.json'
import documentTitle from '@/locales/en/document-title.json'
import exportMessages from '@/locales/en/export.json'
import figures from '@/locales/en/figures.json'
import importMessages from '@/locales/en/import.json'
import validation from '@/locales/en/validation.json'

export default { common, dashboard, definitions, documentTitle, export: exportMessages, figures, import: importMessages, validation }
