// The es messages of the views loaded on demand (sources, context).
import context from '@/locales/es/context.json'
import sources from '@/locales/es/sources.json'

export default { context, sources }
