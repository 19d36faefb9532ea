import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './app.css';
// Every page's tables scroll in their own box, however the page was reached (see data-table.css).
import './components/DataTable/data-table.css';
import './print.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { createApolloClient } from './apollo-client';
import { redirectToSignIn } from './router/history';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render the dashboard into.');

createRoot(container).render(
  <StrictMode>
    <App client={createApolloClient({ onSignInRequired: redirectToSignIn })} />
  </StrictMode>,
);
