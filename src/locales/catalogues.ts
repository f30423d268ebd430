// The message catalogues, one file per feature and language. Top-level keys must be unique
// across a language's files (checked in lib/i18n.ts and by the catalogue test).
import enCommon from '@/locales/en/common.json'
import enContext from '@/locales/en/context.json'
import enDashboard from '@/locales/en/dashboard.json'
import enDefinitions from '@/locales/en/definitions.json'
import enDocumentTitle from '@/locales/en/document-title.json'
import enExport from '@/locales/en/export.json'
import enFigures from '@/locales/en/figures.json'
import enImport from '@/locales/en/import.json'
import enSources from '@/locales/en/sources.json'
import enValidation from '@/locales/en/validation.json'
import esCommon from '@/locales/es/common.json'
import esContext from '@/locales/es/context.json'
import esDashboard from '@/locales/es/dashboard.json'
import esDefinitions from '@/locales/es/definitions.json'
import esDocumentTitle from '@/locales/es/document-title.json'
import esExport from '@/locales/es/export.json'
import esFigures from '@/locales/es/figures.json'
import esImport from '@/locales/es/import.json'
import esSources from '@/locales/es/sources.json'
import esValidation from '@/locales/es/validation.json'

export const catalogues = {
  en: { common: enCommon, context: enContext, dashboard: enDashboard, definitions: enDefinitions, documentTitle: enDocumentTitle, sources: enSources, export: enExport, figures: enFigures, import: enImport, validation: enValidation },
  es: { common: esCommon, context: esContext, dashboard: esDashboard, definitions: esDefinitions, documentTitle: esDocumentTitle, sources: esSources, export: esExport, figures: esFigures, import: esImport, validation: esValidation },
} as const
