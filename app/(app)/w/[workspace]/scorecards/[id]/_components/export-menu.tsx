import { Download, FileSpreadsheet } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownTrigger } from '@/components/ui/dropdown';

/** Every member: download the scorecard's measures or its measurements as CSV. */
export function ExportMenu({ base }: { base: string }) {
  return (
    <DropdownMenu>
      <DropdownTrigger asChild>
        <Button variant="secondary">
          <Download className="h-4 w-4" aria-hidden /> Export
        </Button>
      </DropdownTrigger>
      <DropdownContent align="end" className="w-64">
        <DropdownLabel>Download as CSV</DropdownLabel>
        <DropdownItem asChild>
          <a href={`${base}/measures.csv`} download>
            <FileSpreadsheet className="h-4 w-4" aria-hidden /> Measures with latest values
          </a>
        </DropdownItem>
        <DropdownItem asChild>
          <a href={`${base}/measurements.csv`} download>
            <FileSpreadsheet className="h-4 w-4" aria-hidden /> All measurements
          </a>
        </DropdownItem>
      </DropdownContent>
    </DropdownMenu>
  );
}
