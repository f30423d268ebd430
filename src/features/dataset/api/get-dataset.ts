// The data contract: GET {base}/dataset.json returns a Dataset (see README, "Data contract").
import { queryOptions, useQuery } from '@tanstack/react-query'
import { dataBaseUrl } from '@/lib/config'
import type { RecordIssue } from '@/domain/record-issue'
import type { Dataset } from '@/domain/dataset-schema'
import type { Translate } from '@/domain/translate'

type LoadReason =
  | { key: 'network' | 'validator'; vars: { detail: string } }
  | { key: 'http'; vars: { status: number; statusText: string } }
  | { key: 'notJson' | 'notDataset'; vars?: undefined }

/** A fetch or parse failure, with the address and a reason a person can act on (in their language: describeLoadError). */
export class DatasetLoadError extends Error {
  readonly url: string
  readonly reason: LoadReason
  readonly issues: RecordIssue[]
  constructor(url: string, reason: LoadReason, issues: RecordIssue[] = []) {
    // For logs; a person reads the reason in their language (describeLoadError).
    super(`${url}: ${reason.key}${reason.vars ? ` ${JSON.stringify(reason.vars)}` : ''}`)
    this.name = 'DatasetLoadError'
    this.url = url
    this.reason = reason
    this.issues = issues
  }
}

/** Why the data could not be loaded, in the interface's language. */
export function describeLoadError(error: Error, t: Translate): string {
  if (!(error instanceof DatasetLoadError)) return error.message
  return t(`app.loadReason.${error.reason.key}`, error.reason.vars).trim()
}

export interface LoadedDataset {
  dataset: Dataset
  /** Records that failed validation and are not shown. */
  issues: RecordIssue[]
  url: string
}

export async function fetchDataset(
  baseUrl: string = dataBaseUrl,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const url = `${baseUrl}/dataset.json`
  // The validator (and its schema library) loads alongside the request: the served page has the
  // dataset already parsed at build time (app/prerendered-state.ts) and never needs it.
  const validator = import('@/domain/validate-dataset')
  validator.catch(() => undefined) // reported below, once the response is in
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetLoadError(url, { key: 'network', vars: { detail: (error as Error).message } })
  }
  if (!response.ok)
    throw new DatasetLoadError(url, {
      key: 'http',
      vars: { status: response.status, statusText: response.statusText },
    })
  let payload: unknown
  try {
    payload = await response.json()
  } catch {
    throw new DatasetLoadError(url, { key: 'notJson' })
  }
  const { parseDataset } = await validator.catch((error: unknown) => {
    throw new DatasetLoadError(url, {
      key: 'validator',
      vars: { detail: (error as Error).message },
    })
  })
  const parsed = parseDataset(payload)
  if (!parsed.ok) throw new DatasetLoadError(url, { key: 'notDataset' }, parsed.issues)
  return { dataset: parsed.data, issues: parsed.issues, url }
}

export const datasetKeys = {
  all: ['dataset'] as const,
  detail: (baseUrl: string) => ['dataset', 'detail', { baseUrl }] as const,
}

export function datasetQueryOptions(baseUrl: string = dataBaseUrl) {
  return queryOptions({
    queryKey: datasetKeys.detail(baseUrl),
    queryFn: ({ signal }) => fetchDataset(baseUrl, signal),
  })
}

export function useDataset() {
  return useQuery(datasetQueryOptions())
}
