// Packs text files into a ZIP with fflate, fetched only when a package is asked for (its own chunk).
import type { Zippable } from 'fflate'
import { loadOnce } from '@/lib/load-once'

const loadFflate = loadOnce(() => import('fflate'))

export async function zipBlob(files: Record<string, string>, now: Date): Promise<Blob> {
  const { zipSync, strToU8 } = await loadFflate()
  const entries: Zippable = {}
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: now }]
  return new Blob([zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>], {
    type: 'application/zip',
  })
}
