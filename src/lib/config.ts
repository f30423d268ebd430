/** Base address of the data API; a deployment can point it at a real API serving the same contract. */
export const dataBaseUrl: string =
  (import.meta.env.VITE_DATA_BASE_URL as string | undefined) ?? `${import.meta.env.BASE_URL}data/v1`
