// The en messages every page needs before its first render (lib/i18n.ts): the frame (title,
// navigation, footer, the data's state, copy link, not found), the definitions' names that
// figures link to, and the printout's header. Each view loads its own (app/view-loaders.ts).
import common from '@/locales/en/common.json'
import definitions from '@/locales/en/definitions.json'
import documentTitle from '@/locales/en/document-title.json'
import importStatus from '@/locales/en/import-status.json'
import print from '@/locales/en/print.json'
import share from '@/locales/en/share.json'

export default {
  common,
  definitions,
  documentTitle,
  importStatus,
  print,
  share,
}
