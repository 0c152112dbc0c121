// The whole preload: expose the contract-derived API and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './build-bridge';

contextBridge.exposeInMainWorld('pinDesk', buildBridge(ipcRenderer));
