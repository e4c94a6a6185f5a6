/** Where the console signs in, served by the gateway at /console/config.json so one build runs in every environment. */
export interface ConsoleConfig {
  authority: string;
  clientId: string;
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<ConsoleConfig> {
  const response = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = (await response.json()) as Partial<ConsoleConfig>;
  if (!config.authority || !config.clientId) throw new Error('config.json lacks authority or clientId');
  return { authority: config.authority, clientId: config.clientId };
}
