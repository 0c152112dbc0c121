export interface GeneratedCircleApiRoute {
  method: string;
  path: string;
}
export const openApiFiles: string[];
export const routeModulePath: string;
export function circleApiRoutesFrom(specTexts: string[]): GeneratedCircleApiRoute[];
export function readOpenApiFiles(): string[];
export function renderRouteModule(routes: GeneratedCircleApiRoute[]): string;
