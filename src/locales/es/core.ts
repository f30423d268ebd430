// The es messages the first view needs (loaded before the app renders; see lib/i18n.ts).
import common from '@/locales/es/common.json'
import dashboard from '@/locales/es/dashboard.json'
import definitions from '@/locales/es/definitions.json'
import documentTitle from '@/locales/es/document-title.json'
import exportMenu from '@/locales/es/export-menu.json'
import figures from '@/locales/es/figures.json'
import importStatus from '@/locales/es/import-status.json'
import share from '@/locales/es/share.json'
import validation from '@/locales/es/validation.json'

export default {
  common,
  dashboard,
  definitions,
  documentTitle,
  exportMenu,
  figures,
  importStatus,
  share,
  validation,
}
