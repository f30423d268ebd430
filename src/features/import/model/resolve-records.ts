// Turns the names and codes in a file into the dashboard's records: an indicator, place,
// document or person the dashboard knows is reused; an unknown one becomes a new record of the
// import (a country only when its code is an ISO 3166-1 alpha-3 code).
import type {
  Geography,
  Indicator,
  LocalizedText,
  Person,
  SourceDocument,
} from '@/domain/dataset-schema'
import { foldText, slugify } from '@/domain/fold-text'
import { readLocalized, type CellResult } from '@/domain/file-format/read-cells'
import type { RecordLookup } from '@/domain/file-format/read-row'
import { guessTheme } from '@/domain/file-format/read-source'
import { countryName, isoAlpha3ToAlpha2 } from '@/domain/iso-countries'
import { splitLanguageMark, type Language, type Translators } from '@/domain/translate'
import type { ImportContext } from '@/features/import/model/import-context'
import { recordId, type ImportRecords } from '@/features/import/model/import-types'

type Theme = Indicator['theme']

function uniqueId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

function stripMark(text: string): string {
  return splitLanguageMark(text).text.trim()
}

export class RecordResolver implements RecordLookup {
  private readonly indicatorByName = new Map<string, string>()
  private readonly geographies = new Map<string, Geography>()
  private readonly documentByKey = new Map<string, string>()
  private readonly personByKey = new Map<string, string>()
  private readonly taken = {
    indicators: new Set<string>(),
    documents: new Set<string>(),
    people: new Set<string>(),
  }
  private readonly created: ImportRecords = {
    indicators: [],
    documents: [],
    geographies: [],
    people: [],
  }
  private readonly known: ImportRecords
  // Rows repeat the same names; each distinct text is resolved once.
  private readonly indicatorCache = new Map<string, CellResult<string>>()
  private readonly geographyCache = new Map<string, CellResult<string>>()
  private readonly documentCache = new Map<string, string>()

  constructor(
    private readonly context: ImportContext,
    private readonly fileLang: Language,
    private readonly tr: Translators,
  ) {
    this.known = context.records
    for (const indicator of context.records.indicators) {
      this.taken.indicators.add(indicator.id)
      for (const name of [indicator.id, indicator.name.en, indicator.name.es])
        if (name) this.indicatorByName.set(foldText(name), indicator.id)
    }
    for (const geography of context.records.geographies)
      this.geographies.set(geography.code, geography)
    for (const doc of context.records.documents) {
      this.taken.documents.add(doc.id)
      for (const title of [doc.title.en, doc.title.es])
        if (title) this.documentByKey.set(`${foldText(title)}|${foldText(doc.publisher)}`, doc.id)
    }
    for (const person of context.records.people) {
      this.taken.people.add(person.id)
      this.personByKey.set(foldText(person.name), person.id)
      for (const role of [person.role.en, person.role.es])
        if (role) this.personByKey.set(`${foldText(person.name)}|${foldText(role)}`, person.id)
    }
  }

  /** The indicator's id; a new indicator needs a theme, from its column or its name. */
  indicator(text: string, theme: Theme | null): CellResult<string> {
    const cacheKey = `${theme ?? ''}|${text}`
    let result = this.indicatorCache.get(cacheKey)
    if (!result) {
      result = this.resolveIndicator(text, theme)
      this.indicatorCache.set(cacheKey, result)
    }
    return result
  }

  private resolveIndicator(text: string, theme: Theme | null): CellResult<string> {
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
  }

  /** The geography's code: one the dashboard has, or an ISO 3166-1 alpha-3 country code. */
  geography(text: string, nameInFile: string): CellResult<string> {
    let result = this.geographyCache.get(text)
    if (!result) {
      result = this.resolveGeography(text, nameInFile)
      this.geographyCache.set(text, result)
    }
    return result
  }

  private resolveGeography(text: string, nameInFile: string): CellResult<string> {
    const code = text.trim().toUpperCase()
    if (this.geographies.has(code)) return { ok: true, value: code }
    if (!isoAlpha3ToAlpha2.has(code))
      return { ok: false, reason: { key: 'import.reason.unknownGeography' } }
    const geography: Geography = {
      code,
      level: 'country',
      name: this.countryNames(code, nameInFile.trim()),
    }
    this.created.geographies.push(geography)
    this.geographies.set(code, geography)
    return { ok: true, value: code }
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

  document(
    title: string,
    publisher: string,
    details: { date: string | null; url: string | null; place: string | null },
  ): string {
    const cacheKey = `${title}\u0000${publisher}`
    let id = this.documentCache.get(cacheKey)
    if (id === undefined) {
      id = this.resolveDocument(title, publisher, details)
      this.documentCache.set(cacheKey, id)
    }
    return id
  }

  private resolveDocument(
    title: string,
    publisher: string,
    details: { date: string | null; url: string | null; place: string | null },
  ): string {
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
  }

  person(person: { name: string; role: string | null }, documentId: string): string {
    const key = person.role
      ? `${foldText(person.name)}|${foldText(stripMark(person.role))}`
      : foldText(person.name)
    const found =
      this.personByKey.get(key) ??
      (person.role ? undefined : this.personByKey.get(foldText(person.name)))
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
  finish(used: Record<keyof ImportRecords, Set<string>>): {
    created: ImportRecords
    records: ImportRecords
  } {
    const keep = <T extends object>(
      kind: keyof ImportRecords,
      created: T[],
      known: T[],
    ): [T[], T[]] => {
      const isUsed = (record: T) => used[kind].has(recordId(record))
      const imported = new Set(this.context.importedRecordIds[kind])
      const kept = created.filter(isUsed)
      const reused = known.filter((record) => imported.has(recordId(record)) && isUsed(record))
      return [kept, [...kept, ...reused]]
    }
    const { created, known } = this
    const indicators = keep('indicators', created.indicators, known.indicators)
    const documents = keep('documents', created.documents, known.documents)
    const geographies = keep('geographies', created.geographies, known.geographies)
    const people = keep('people', created.people, known.people)
    return {
      created: {
        indicators: indicators[0],
        documents: documents[0],
        geographies: geographies[0],
        people: people[0],
      },
      records: {
        indicators: indicators[1],
        documents: documents[1],
        geographies: geographies[1],
        people: people[1],
      },
    }
  }
}
