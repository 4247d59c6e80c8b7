int nd_placeholder(void);
