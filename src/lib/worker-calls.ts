// One request-and-answer channel to a Web Worker, shared by the import and document workers:
// the page calls (workerCalls), the worker answers (answerCalls).
// Each call carries an id; the worker answers { id, ok, value } or { id, ok: false, error }.
// The worker starts on the first call; if it stops, every waiting call fails with its message
// and the next call starts a new worker.

/** A worker's answer to one call. */
export type WorkerAnswer<T = unknown> =
  { id: number; ok: true; value: T } | { id: number; ok: false; error: string }

interface Waiting {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

/** `call(message, transfer)` posts `{ id, ...message }` and resolves with the worker's value. */
export function workerCalls(createWorker: () => Worker, stoppedMessage: string) {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<number, Waiting>()

  function start(): Worker {
    const started = createWorker()
    started.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const call = waiting.get(event.data.id)
      if (!call) return
      waiting.delete(event.data.id)
      if (event.data.ok) call.resolve(event.data.value)
      else call.reject(new Error(event.data.error))
    })
    started.addEventListener('error', (event) => {
      for (const call of waiting.values()) call.reject(new Error(event.message || stoppedMessage))
      waiting.clear()
      worker = null
    })
    return started
  }

  return function call<T>(message: object, transfer: Transferable[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = ++next
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      worker ??= start()
      worker.postMessage({ id, ...message }, transfer)
    })
  }
}

/** The worker's side: answers each call with what `handle` resolves to, or with its error's message. */
export function answerCalls<Message>(handle: (message: Message) => Promise<unknown>): void {
  self.addEventListener('message', (event: MessageEvent<Message & { id: number }>) => {
    const { id } = event.data
    Promise.resolve(event.data)
      .then(handle)
      .then(
        (value) => self.postMessage({ id, ok: true, value } satisfies WorkerAnswer),
        (error: unknown) =>
          self.postMessage({
            id,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          } satisfies WorkerAnswer),
      )
  })
}
