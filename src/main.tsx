import { startPage } from './page';
import './styles/theme.css';
import './styles/app.css';
import './styles/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
startPage(window, root);
