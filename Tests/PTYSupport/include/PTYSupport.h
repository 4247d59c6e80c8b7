int nd_pty_placeholder(void);
