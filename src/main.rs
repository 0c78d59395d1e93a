//! Entry point of the web page: installs the panic hook and mounts the app.
//! Everything else lives in the library so that tests can use it.

fn main() {
    due_process_calculator::start();
}
