// The message catalogues, one file per feature and language. Top-level keys must be unique
// across a language's files (checked in lib/i18n.ts and by the catalogue test).
import enCommon from '@/locales/en/common.json'
import enFigures from '@/locales/en/figures.json'
import enValidation from '@/locales/en/validation.json'
import esCommon from '@/locales/es/common.json'
import esFigures from '@/locales/es/figures.json'
import esValidation from '@/locales/es/validation.json'

export const catalogues = {
  en: { common: enCommon, figures: enFigures, validation: enValidation },
  es: { common: esCommon, figures: esFigures, validation: esValidation },
} as const
