// worker thread for corpus mode (placeholder until the lineage issue lands)
export {};
