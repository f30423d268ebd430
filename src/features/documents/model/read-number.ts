// Numbers as English and Spanish press releases write them: "4,323" and "4.323", "2.5 million"
// and "2,5 millones", "5.5–7 billion", "7.000 millones". Hand-written: the forms are few, and a
// number library would cost more bytes than it saves lines.
import type { DocumentLanguage } from '@/features/documents/model/candidate-types'

/** Digits with thousands groups (either separator, or a no-break space), or plain digits with a decimal part. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:[.,\u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`

/** Magnitude words, longest first so "mil millones" wins over "mil". */
export const MAGNITUDE_SOURCE = String.raw`mil\s+millones|millardos?|millones|mill[oó]n|billones|bill[oó]n|millions?|billions?|thousands?|mil|bn`

const magnitudes: [RegExp, number][] = [
  [/^mil\s+millones$/i, 1e9],
  [/^millardos?$/i, 1e9],
  [/^(millones|mill[oó]n|millions?)$/i, 1e6],
  // Spanish "billón" is a million millions (long scale); English "billion" a thousand millions.
  [/^(billones|bill[oó]n)$/i, 1e12],
  [/^(billions?|bn)$/i, 1e9],
  [/^(thousands?|mil)$/i, 1e3],
]

/** The factor a magnitude word stands for; 1 when there is none. */
export function magnitudeOf(word: string | undefined): number {
  if (!word) return 1
  const w = word.trim()
  for (const [pattern, factor] of magnitudes) if (pattern.test(w)) return factor
  return 1
}

/**
 * Reads digits written in the document's language. A separator followed by exactly three digits
 * is a thousands separator when the language uses it so ("," in English, "." in Spanish); the
 * other one is the decimal mark. With both present, the last one is the decimal mark.
 */
export function readDigits(raw: string, lang: DocumentLanguage): number {
  const text = raw.replace(/[\u00A0\u202F]/g, '')
  const hasComma = text.includes(',')
  const hasDot = text.includes('.')
  let normalised: string
  if (hasComma && hasDot) {
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.'
    const group = decimal === ',' ? '.' : ','
    normalised = text.split(group).join('').replace(decimal, '.')
  } else if (hasComma || hasDot) {
    const sep = hasComma ? ',' : '.'
    const parts = text.split(sep)
    const grouped = parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== '0')
    const languageGroup = lang === 'es' ? '.' : ','
    // "4.323" in English text is still read as grouping when there are several groups ("1.234.567").
    // In a text of unknown language, "7.830" is read as a count: three decimals are rare in releases.
    const isGroup = grouped && (sep === languageGroup || parts.length > 2 || lang === 'other')
    normalised = isGroup ? parts.join('') : parts.join('.')
  } else normalised = text
  return Number(normalised)
}

/** A number with its magnitude applied, rounded off the floating-point dust (2.5 × 1e6). */
export function scaleNumber(value: number, magnitude: number): number {
  return Math.round(value * magnitude * 1e6) / 1e6
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  uno: 1,
  un: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  veinte: 20,
}

/** A small count written as digits or as a word ("seven", "siete"); null when it is neither. */
export function readCount(word: string, lang: DocumentLanguage): number | null {
  if (/^\d/.test(word)) return readDigits(word, lang)
  return numberWords[word.toLowerCase()] ?? null
}

export const COUNT_WORD_SOURCE = `\\d+|${Object.keys(numberWords).join('|')}`
