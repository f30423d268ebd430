// The es messages every page needs before its first render (lib/i18n.ts): the frame (title,
// navigation, footer, the data's state, copy link, not found), the definitions' names that
// figures link to, and the printout's header. Each view loads its own (app/view-loaders.ts).
import common from '@/locales/es/common.json'
import definitions from '@/locales/es/definitions.json'
import documentTitle from '@/locales/es/document-title.json'
import importStatus from '@/locales/es/import-status.json'
import print from '@/locales/es/print.json'
import share from '@/locales/es/share.json'

export default {
  common,
  definitions,
  documentTitle,
  importStatus,
  print,
  share,
}
