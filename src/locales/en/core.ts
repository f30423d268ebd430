// The en messages the first view needs (loaded before the app renders; see lib/i18n.ts).
import common from '@/locales/en/common.json'
import dashboard from '@/locales/en/dashboard.json'
import definitions from '@/locales/en/definitions.json'
import documentTitle from '@/locales/en/document-title.json'
import exportMenu from '@/locales/en/export-menu.json'
import figures from '@/locales/en/figures.json'
import importStatus from '@/locales/en/import-status.json'
import share from '@/locales/en/share.json'
import validation from '@/locales/en/validation.json'

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
