/** Service-network types of site-registry-service, as the console reads them. */
export type ServicePointType = 'COUNTY_HALL' | 'TOWNSHIP_STATION' | 'VILLAGE_STATION' | 'BANK_BRANCH' | 'HOSPITAL_WINDOW' | string;

export interface ServicePoint {
  id: string;
  type: ServicePointType;
  areaCode: string;
  name: string;
  address?: string;
  status?: string;
}

export const servicePointPath = (id: string) => `/api/registry/service-points/${encodeURIComponent(id)}`;
