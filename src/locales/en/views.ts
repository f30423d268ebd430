// The en messages of the views loaded on demand (sources, context).
import context from '@/locales/en/context.json'
import sources from '@/locales/en/sources.json'

export default { context, sources }
