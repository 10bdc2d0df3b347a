//! Sources: where bytes come from. For now the file walker; database connectors
//! join it here.

pub mod fs;
