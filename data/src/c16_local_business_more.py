# Compliant: local businesses with addresses, hours, phone numbers; UK/AU/CA
# spellings and currencies mixed in.
DATA = r"""
@ vertical=local_services lang=en
Corner Hardware, Now Open Sundays | 9am-5pm at 212 Elm Street. Keys cut, paint mixed, propane exchanged.
Bright Smile Family Dentistry | Accepting new patients. Call (555) 201-3344 or book online. Evening hours Tue and Thu.
Joe's Auto Body, Est. 1982 | Dents, scratches and collision repair. Free estimates at 45 Industrial Way.
Green Thumb Landscaping | Spring cleanups from $149. Licensed, insured, locally owned.
Quick Stitch Tailoring | Same-day hemming on weekdays. 18 Market Square, next to the bakery.
Harbor Veterinary Clinic | Wellness exams, dental cleanings and vaccines. Saturday hours now available.
Sunrise Yoga Studio | Beginners welcome. $40 for your first month. 3rd floor above the post office.
Lakeside Laundromat | Free Wi-Fi, 30 machines, wash & fold service by the pound.
Precision Piano Movers | Uprights and grands moved safely since 1995. Fully insured.
Valley Septic Services | Pumping, inspection and repair. 24-hour emergency line.
Riverbend Farm Stand | Sweet corn, tomatoes and peaches. Open daily 8-6 through September.
Main Street Barbers | Walk-ins welcome. Kids' cuts $15 on weekdays.
Kwik Print & Ship | Shipping, printing, mailbox rental and notary in one stop.
Oak & Iron Woodworks | Custom tables, built-ins and cabinetry. Visit our showroom on Mill Road.
Hillside Pediatrics | Same-day sick visits and newborn care. Now welcoming new families.
Tiny Tots Daycare | Licensed childcare for ages 6 weeks to 5 years. Tours on Wednesdays.
Bay Area Bike Fit | Professional bike fitting to prevent pain and boost efficiency.
Mama Rosa's Catering | Trays of lasagna, meatballs and salads for parties of 20-200.
Old Town Bookshop | New and used books, author events and a cozy reading corner.
Peak Physical Therapy | Sports injuries, post-op rehab and dry needling. Most insurance accepted.
Metro Driving School | Lessons 7 days a week. Road test car rental available.
Coastal Kayak Tours | Sunset paddles and sea cave tours. No experience needed.
Apex Roofing | Free roof inspections after storms. Locally owned for 30 years.
Second Chance Thrift | Clothes, furniture and books. All proceeds support the women's shelter.
Northside Farmers' Co-op | Member-owned grocery with local produce. Everyone can shop.
Elm Street Optometry | Eye exams, contacts and 300 frames. Walk-ins on Saturdays.
Ace Appliance Repair | Same-week service for most brands. $79 diagnostic credited to repair.
The Dough Room | Fresh bagels at 6am, bialys on weekends. Cash and card.
Greenfield Garden Centre | Bedding plants, compost and garden furniture. Free parking.
Tidy Up Cleaning Co. | End-of-tenancy cleans with deposit-back guarantee. From £180.
Brisbane Bike Hire | Explore the river loop. E-bikes from $35 a day.
Maple Leaf Movers | Local and long-distance moves across Ontario. Free quotes.
Cornish Pasty Shop | Traditional pasties baked fresh every morning. £3.95.
Highland Coffee Roasters | Small-batch beans roasted in Inverness. Café open 7-4.
Suburban Pest Solutions | Ants, wasps and mice handled fast. Family and pet safe.
City Music Academy | Piano, violin and voice lessons for all ages. Trial lesson $25.
Crystal Clear Pools | Opening, closing and weekly maintenance. Book before May 1.
Riverside Dog Park Café | Coffee for you, puppuccinos for them. Off-leash yard out back.
Precision Tax & Accounting | Individual and small business returns. Evening appointments.
Smith & Sons Funeral Home | Serving families with compassion since 1921.
Downtown Shoe Repair | Resoling, zipper repair and leather conditioning.
Heritage Quilt Shop | 3,000 bolts of fabric and weekend classes.
Lakeview Marina | Boat slips, fuel dock and kayak rentals. Season passes available.
Willow Creek Equestrian | Riding lessons, boarding and summer horse camp.
Summit Climbing Gym | Youth teams, adult leagues and intro classes every evening.
Blue Ribbon Dry Cleaners | Shirts laundered $2.50. Same-day service before 9am.
Evergreen Tree Service | Pruning, removal and stump grinding. ISA certified arborists.
Starlight Skating Rink | Family skate nights Friday, birthday packages available.
Fix-It Phone Lab | Screens, batteries and charging ports repaired while you wait.
Bella Nail Spa | Gel manicures, pedicures and nail art. Walk-ins welcome.
Prairie Grain Bakery | Whole-grain breads milled in-house. Open Tue-Sat.
Mountain View Storage | Boat and RV storage with 24-hour gated access.
Gold Coast Swim School | Learn-to-swim for babies through adults. Heated indoor pool.
The Frame Shop | Custom framing for art, diplomas and jerseys. 30% off this month.
Pet Pantry | Natural pet food, treats and self-serve dog wash.
Community Acupuncture | Sliding-scale acupuncture, $25-$45 per session.
Hometown Hardware | Propane refills, key cutting and screen repair.
Iron Horse Coffee | Espresso bar in the old train depot. Open daily 6am.
Harbour Fish Market | Fresh local catch daily. Oysters shucked to order.
Sparkle Car Wash | Touchless wash, free vacuums, monthly plans from $20.
@ vertical=local_services lang=en
Need a Plumber in Phoenix? | 24/7 emergency service. Upfront quotes. Call (555) 480-1190.
AC Repair Houston | Same-day AC repair. $0 service call with repair.
Locksmith Near Downtown Denver | Lockouts, rekeys and smart locks. 20-minute response.
House Cleaners in Austin | Background-checked cleaners, satisfaction guaranteed. Book online.
Roof Repair Seattle | Leak repair and moss removal. Free inspection.
Movers in Chicago | Two movers and a truck from $99/hour.
Dog Groomer Portland | Full groom from $65. Mobile service available.
Tutors in Boston | Math and science tutoring for grades 6-12. Ivy League tutors.
Junk Removal Atlanta | Same-day pickup. Price by the truckload.
Electrician in Miami | Panel upgrades and EV chargers. Licensed and insured.
"""
