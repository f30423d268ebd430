import type {
  Dataset,
  Definition,
  Figure,
  Geography,
  Indicator,
  Organisation,
  Person,
  SourceDocument,
} from '@/domain/dataset-schema'

/** Where a figure came from in this app: the built-in file or a file the user imported. */
export type FigureOrigin =
  { kind: 'built-in' } | { kind: 'imported'; importId: string; fileName: string }

/** A figure together with its origin; what every view, filter and export works with. */
export interface DatasetFigure extends Figure {
  origin: FigureOrigin
}

/** Lookup tables over a dataset, built once per loaded dataset. */
export interface DatasetIndex {
  dataset: Dataset
  figures: DatasetFigure[]
  documents: Map<string, SourceDocument>
  organisations: Map<string, Organisation>
  people: Map<string, Person>
  geographies: Map<string, Geography>
  indicators: Map<string, Indicator>
  definitions: Map<string, Definition>
}

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]))
}

export function indexDataset(dataset: Dataset, figures?: DatasetFigure[]): DatasetIndex {
  return {
    dataset,
    figures: figures ?? dataset.figures.map((f) => ({ ...f, origin: { kind: 'built-in' } })),
    documents: byKey(dataset.documents, (d) => d.id),
    organisations: byKey(dataset.organisations, (o) => o.id),
    people: byKey(dataset.people, (p) => p.id),
    geographies: byKey(dataset.geographies, (g) => g.code),
    indicators: byKey(dataset.indicators, (i) => i.id),
    definitions: byKey(dataset.definitions, (d) => d.id),
  }
}

/** The years for which the index has at least one figure, ascending. */
export function yearsWithFigures(index: DatasetIndex): number[] {
  return [...new Set(index.figures.map((f) => f.year))].sort((a, b) => a - b)
}
