// The es messages of the views that show figures (overview, indicator, sources, context, import,
// embeds): a figure's estimate, caveats and source, the filters, the export menu's button.
import dashboard from '@/locales/es/dashboard.json'
import exportMenu from '@/locales/es/export-menu.json'
import figures from '@/locales/es/figures.json'

export default { dashboard, exportMenu, figures }
