// The customer window's whole preload: its narrow slice of the contract (window-channels.ts) and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { CustomerWindowApi } from '../shared/contract/pin-desk-api';
import { windowChannels } from '../shared/contract/window-channels';
import { buildBridge } from './build-bridge';

contextBridge.exposeInMainWorld(
  'pinDeskCustomer',
  buildBridge<CustomerWindowApi>(ipcRenderer, windowChannels.customer.invoke, windowChannels.customer.events),
);
