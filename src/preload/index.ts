// The agent window's whole preload: expose its part of the contract (window-channels.ts) and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './build-bridge';

contextBridge.exposeInMainWorld('pinDesk', buildBridge(ipcRenderer));
