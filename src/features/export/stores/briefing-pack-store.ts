// The figures chosen for a briefing pack, across views, for this visit. UI state (not a link's):
// a figure id list; the figures are described again, in the pack's language, when it is written.
import { create } from 'zustand'

export interface BriefingPackState {
  ids: string[]
  toggle: (id: string) => void
  clear: () => void
}

export const useBriefingPack = create<BriefingPackState>((set) => ({
  ids: [],
  toggle: (id) =>
    set(({ ids }) => ({ ids: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] })),
  clear: () => set({ ids: [] }),
}))
