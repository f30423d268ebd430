// The es messages of views under a country filter (notes of the view on aggregates), loaded
// when a place is first selected (features/filters/use-figure-filter.ts) or named in the link.
import viewNotes from '@/locales/es/view-notes.json'

export default { viewNotes }
