// Why the data could not be loaded, as a person reads it in either language.
import { http, HttpResponse } from 'msw'
import { server } from '@mocks/server'
import { datasetHandlers, datasetPath } from '@mocks/handlers/dataset'
import {
  DatasetLoadError,
  describeLoadError,
  fetchDataset,
} from '@/features/dataset/api/get-dataset'
import { translatorFor } from '@/lib/i18n'

async function failure(): Promise<DatasetLoadError> {
  const error = await fetchDataset().then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(DatasetLoadError)
  return error as DatasetLoadError
}

describe('describeLoadError', () => {
  it.each([
    [
      'a server error',
      datasetHandlers.failing,
      'HTTP 503 Service Unavailable',
      'el servidor respondió HTTP 503 Service Unavailable',
    ],
    [
      'a response that is not JSON',
      datasetHandlers.notJson,
      'the response is not valid JSON',
      'la respuesta no es un JSON válido',
    ],
    [
      'JSON that is not a dataset',
      http.get(datasetPath, () => HttpResponse.json({ hello: 'world' })),
      'the response is not a dataset of schema version 1',
      'la respuesta no es un conjunto de datos con la versión 1 del esquema',
    ],
    [
      'a network failure',
      http.get(datasetPath, () => HttpResponse.error()),
      /^network error \(.+\)$/,
      /^error de red \(.+\)$/,
    ],
  ])(
    'says what went wrong with %s, in English and in Spanish',
    async (_, handler, english, spanish) => {
      server.use(handler)
      const error = await failure()
      expect(error.url).toBe('/data/v1/dataset.json')
      expect(describeLoadError(error, translatorFor('en'))).toMatch(english)
      expect(describeLoadError(error, translatorFor('es'))).toMatch(spanish)
      // The error's own message, for logs, names the address and the reason's key.
      expect(error.message.startsWith(`/data/v1/dataset.json: ${error.reason.key}`)).toBe(true)
    },
  )

  it('passes any other error through as it is', () => {
    expect(describeLoadError(new Error('aborted'), translatorFor('es'))).toBe('aborted')
  })
})
