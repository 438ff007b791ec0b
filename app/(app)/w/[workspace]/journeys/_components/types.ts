/** A journey as the list hands it to client components. */
export type JourneyRow = {
  id: string;
  name: string;
  description: string;
  status: 'active' | 'archived';
  version: number;
  personaId: string | null;
  personaName: string | null;
  personaColor: string | null;
  stageCount: number;
  touchpointCount: number;
  updatedAt: Date;
};

export type PersonaOption = { id: string; name: string; color: string };

/** The editable part of a journey, and the version it was read at. */
export type JourneyDetails = { id: string; name: string; description: string; personaId: string | null; status: 'active' | 'archived'; version: number };
