// The customer window's own entry: none of the console (no agent views, no shortcuts), only the customer screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CustomerScreen } from './CustomerScreen';
import './customer-screen.css';

const root = document.getElementById('root');
if (!root) throw new Error('customer.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <CustomerScreen />
  </StrictMode>,
);
