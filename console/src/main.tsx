import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadConfig } from './auth/config';
import 'antd/dist/reset.css';
import './app/global.css';

const root = createRoot(document.getElementById('root')!);

loadConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => {
    // Without its configuration the console cannot sign anyone in; say so plainly (no React tree to render into yet).
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `控制台配置无法加载，请稍后重试 / The console configuration could not be loaded: ${String(error)}`;
    document.getElementById('root')!.replaceChildren(message);
  });
