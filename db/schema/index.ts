export * from './enums';
export * from './users';
export * from './workspaces';
export * from './activity';
export * from './journeys';
export * from './scorecards';
export * from './measures';
export * from './canvases';
