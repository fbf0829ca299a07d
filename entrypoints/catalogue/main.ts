import '@/components/page.css';
import './catalogue.css';
import { createCatalogueLookup } from '@/core/catalogue-lookup';
import { bundledCatalogue } from '@/services/bundled-catalogue';
import { loadViewConfig } from '@/services/view-config';
import { renderCataloguePage } from '@/components/catalogue-page';

const config = await loadViewConfig();
renderCataloguePage(document.getElementById('app')!, createCatalogueLookup(bundledCatalogue), config);
