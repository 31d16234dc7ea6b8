//! Feeds arbitrary bytes to the importer and the stored-copy reader: an error or a plan,
//! never a panic. A plan that imports must export and import again to the same plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planner_core::file::format;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = format::read_stored(&text);
    if let Ok(plan) = format::import(&text) {
        let again = format::export(&plan, "fuzz", "t");
        assert_eq!(format::import(&again).as_ref(), Ok(&plan));
    }
});
