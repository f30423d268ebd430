// Turns the names and codes in a file into the dashboard's records: an indicator, place,
// document or person the dashboard knows is reused; an unknown one becomes a new record of the
// import (a country only when its code is an ISO 3166-1 alpha-3 code).
import type { Indicator, LocalizedText, Person, SourceDocument } from '@/domain/dataset-schema'
import { foldText, slugify } from '@/domain/fold-text'
import { readLocalized, type CellResult } from '@/domain/file-format/read-cells'
import type { RecordLookup } from '@/domain/file-format/read-row'
import { guessTheme } from '@/domain/file-format/read-source'
import { countryName, isoAlpha3ToAlpha2 } from '@/domain/iso-countries'
import { splitLanguageMark, type Language, type Translators } from '@/domain/translate'
import type { ImportContext } from '@/features/import/model/import-context'
import {
  perKind,
  recordId,
  type ImportRecords,
  type RecordKind,
} from '@/features/import/model/import-types'

type Theme = Indicator['theme']

type DocumentDetails = Parameters<RecordLookup['document']>[2]

// Per set of taken ids, the number each base goes on from: the sets only grow, so the numbers
// below it are taken, and a file repeating one figure thousands of times is not searched from 2.
const nextNumber = new WeakMap<Set<string>, Map<string, number>>()

/** `base`, or `base-2`, `base-3`, … when it is taken; the id returned is taken from then on. */
export function uniqueId(base: string, taken: Set<string>): string {
  let next = nextNumber.get(taken)
  if (!next) nextNumber.set(taken, (next = new Map()))
  let n = next.get(base) ?? 2
  let id = base
  while (taken.has(id)) id = `${base}-${n++}`
  next.set(base, n)
  taken.add(id)
  return id
}

/** The value cached under `key`, computed the first time: rows repeat the same names. */
function once<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key)
  if (value === undefined) cache.set(key, (value = compute()))
  return value
}

function stripMark(text: string): string {
  return splitLanguageMark(text).text.trim()
}

export class RecordResolver implements RecordLookup {
  private readonly indicatorByName = new Map<string, string>()
  private readonly documentByKey = new Map<string, string>()
  private readonly personByKey = new Map<string, string>()
  // The ids in use, known or new, so that a new record's id is free.
  private readonly taken: Record<RecordKind, Set<string>>
  private readonly created: ImportRecords = perKind(() => [])
  private readonly indicatorCache = new Map<string, CellResult<string>>()
  private readonly geographyCache = new Map<string, CellResult<string>>()
  private readonly documentCache = new Map<string, string>()

  constructor(
    private readonly context: ImportContext,
    private readonly fileLang: Language,
    private readonly tr: Translators,
  ) {
    this.taken = perKind((kind) => new Set(context.records[kind].map(recordId)))
    for (const indicator of context.records.indicators)
      for (const name of [indicator.id, indicator.name.en, indicator.name.es])
        if (name) this.indicatorByName.set(foldText(name), indicator.id)
    for (const doc of context.records.documents)
      for (const title of [doc.title.en, doc.title.es])
        if (title) this.documentByKey.set(`${foldText(title)}|${foldText(doc.publisher)}`, doc.id)
    for (const person of context.records.people) {
      this.personByKey.set(foldText(person.name), person.id)
      for (const role of [person.role.en, person.role.es])
        if (role) this.personByKey.set(`${foldText(person.name)}|${foldText(role)}`, person.id)
    }
  }

  indicator(text: string, theme: Theme | null): CellResult<string> {
    return once(this.indicatorCache, `${theme ?? ''}|${text}`, () => {
      const key = foldText(stripMark(text))
      const found = this.indicatorByName.get(key)
      if (found) return { ok: true, value: found }
      const resolvedTheme = theme ?? guessTheme(text)
      if (!resolvedTheme) return { ok: false, reason: { key: 'import.reason.themeNeeded' } }
      const name = readLocalized(text.trim(), this.fileLang)
      const indicator: Indicator = {
        id: uniqueId(slugify(stripMark(text), 'item'), this.taken.indicators),
        theme: resolvedTheme,
        name,
        description: name,
        definitionIds: [],
      }
      this.created.indicators.push(indicator)
      this.indicatorByName.set(key, indicator.id)
      return { ok: true, value: indicator.id }
    })
  }

  geography(text: string, nameInFile: string): CellResult<string> {
    return once(this.geographyCache, text, () => {
      const code = text.trim().toUpperCase()
      if (this.taken.geographies.has(code)) return { ok: true, value: code }
      if (!isoAlpha3ToAlpha2.has(code))
        return { ok: false, reason: { key: 'import.reason.unknownGeography' } }
      const name = this.countryNames(code, nameInFile.trim())
      this.created.geographies.push({ code, level: 'country', name })
      this.taken.geographies.add(code)
      return { ok: true, value: code }
    })
  }

  /** The file's name for the place wins in the file's language; the other comes from CLDR. */
  private countryNames(code: string, nameInFile: string): LocalizedText {
    if (splitLanguageMark(nameInFile).lang) return readLocalized(nameInFile, this.fileLang)
    const other: Language = this.fileLang === 'en' ? 'es' : 'en'
    return {
      [this.fileLang]: nameInFile || countryName(code, this.fileLang) || code,
      [other]: countryName(code, other) ?? (nameInFile || code),
    }
  }

  document(title: string, publisher: string, details: DocumentDetails): string {
    return once(this.documentCache, `${title}\u0000${publisher}`, () => {
      const key = `${foldText(stripMark(title))}|${foldText(publisher)}`
      const found = this.documentByKey.get(key)
      if (found) return found
      const doc: SourceDocument = {
        id: uniqueId(slugify(stripMark(title), 'item'), this.taken.documents),
        title: readLocalized(title.trim(), this.fileLang),
        kind: 'other',
        publisher: publisher.trim(),
        place: details.place,
        publishedDate: details.date,
        url: details.url,
        language: 'other',
      }
      this.created.documents.push(doc)
      this.documentByKey.set(key, doc.id)
      return doc.id
    })
  }

  person(person: { name: string; role: string | null }, documentId: string): string {
    const key = person.role
      ? `${foldText(person.name)}|${foldText(stripMark(person.role))}`
      : foldText(person.name)
    const found = this.personByKey.get(key)
    if (found) return found
    const roleNotStated = {
      en: this.tr.en('import.record.roleNotStated'),
      es: this.tr.es('import.record.roleNotStated'),
    }
    const record: Person = {
      id: uniqueId(slugify(person.name, 'item'), this.taken.people),
      name: person.name,
      role: person.role ? readLocalized(person.role, this.fileLang) : roleNotStated,
      organisationId: null,
      documentId,
    }
    this.created.people.push(record)
    this.personByKey.set(key, record.id)
    return record.id
  }

  /**
   * The records the kept figures use: `created` are new to the dashboard; `records` adds the
   * ones of earlier imports, so that removing an earlier import leaves this one whole.
   */
  finish(used: Record<RecordKind, Set<string>>): {
    created: ImportRecords
    records: ImportRecords
  } {
    const isUsed = (kind: RecordKind) => (record: object) => used[kind].has(recordId(record))
    const created = perKind((kind) => this.created[kind].filter(isUsed(kind))) as ImportRecords
    const records = perKind((kind) => {
      const imported = new Set(this.context.importedRecordIds[kind])
      const reused = this.context.records[kind].filter(
        (record: object) => imported.has(recordId(record)) && isUsed(kind)(record),
      )
      return [...created[kind], ...reused]
    }) as ImportRecords
    return { created, records }
  }
}
