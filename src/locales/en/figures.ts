// The en messages of the views that show figures (overview, indicator, sources, context, import,
// embeds): a figure's estimate, caveats and source, the filters, the export menu's button.
import dashboard from '@/locales/en/dashboard.json'
import exportMenu from '@/locales/en/export-menu.json'
import figures from '@/locales/en/figures.json'

export default { dashboard, exportMenu, figures }
