//! Entry point: everything lives in the library so that tests can mount it.

fn main() {
    crm_planner::start();
}
