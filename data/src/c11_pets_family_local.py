# Compliant: pets, baby/kids, toys, local services.
DATA = r"""
@ vertical=pets lang=en
Fresh Dog Food Delivered | Human-grade recipes portioned for your dog. 50% off your first box.
~Real Food for Dogs | Vet-formulated fresh meals, pre-portioned and delivered. Half off the first box.
Cat Litter That Lasts | Clumping, low-dust litter that controls odor for 30 days.
Doggy Daycare | Supervised play, nap time and webcam access. First day free.
Pet Grooming Van | We come to you. Bath, trim and nail clip from $65.
Adopt, Don't Shop | Meet adoptable dogs and cats this Saturday at Riverside Animal Shelter.
Dog Training Classes | Puppy basics and reactive dog classes. Positive reinforcement only.
Flea and Tick Prevention | Ask your vet about monthly flea and tick protection.
Aquarium Supplies | Tanks, filters and live plants. Free water testing in store.
Pet Sitting While You Travel | Insured, background-checked sitters with daily photo updates.
Bird Seed in Bulk | Premium wild bird mixes, 40 lb bags with free delivery.
GPS Collar for Dogs | Track your dog in real time and set safe zones. Waterproof.
Emergency Vet Open 24/7 | Critical care for dogs and cats any time, day or night.
Cat Trees | Tall sisal cat trees that don't wobble. Assembled in 15 minutes.
Pet Photography | Studio portraits of your furry family members.
Horse Tack Sale | Saddles, bridles and grooming kits 20% off.
Dog Beds for Big Dogs | Orthopedic memory foam beds up to XXL with washable covers.
Reptile Supplies | UVB lamps, terrariums and feeders for reptiles and amphibians.
Vaccination Clinic for Pets | Low-cost rabies and distemper shots every first Sunday.
Chew Toys That Last | Tough toys for power chewers, replaced free if destroyed.
@ vertical=baby_kids lang=en
Convertible Car Seat | Rear-facing to booster, 10-year lifespan, installs in minutes.
Diapers Delivered Monthly | Plant-based diapers and wipes on autoship. Save 20%.
Baby Registry Perks | Create your registry and get a free welcome box plus 15% completion discount.
Kids' Clothing, Built for Play | Knee-patched pants and stain-resistant tees. Sizes 2T-14.
Stroller Sale | Lightweight travel stroller that folds with one hand. $199.
After-School Program | Homework help, STEM activities and outdoor play until 6pm.
Baby Sign Language Class | Communicate before words. Weekly class for parents and babies.
Kids' Swim Diapers | Reusable swim diapers in fun prints. Pack of 3.
Summer Day Camp | Arts, sports and field trips for ages 5-12. Register now.
Children's Books Subscription | Age-matched picture books delivered monthly.
Nursery Furniture | Cribs, changing tables and gliders that grow with your child.
Kids' Bikes | Balance bikes and pedal bikes for ages 2-10. Free assembly.
Breast Pump Through Insurance | Get a breast pump covered by insurance with free shipping.
Kids' Dental Check | Free first dental visit for kids under 3.
Lunch Boxes | Leak-proof bento boxes for kids with 4 compartments.
Family Photo Sessions | Outdoor mini sessions in the park, 20 minutes, 10 edited images.
Birthday Party Venue | Trampoline park parties for up to 20 kids. Food and invites included.
Tutoring for Kids | Reading and math support for grades K-5. Free assessment.
@ vertical=toys lang=en
STEM Building Kits | 300-piece kits to build working robots. Ages 8+.
Wooden Toys | Heirloom-quality wooden toys, non-toxic paints.
Plush Toys | Super-soft plush animals, machine washable.
Remote Control Cars | Off-road RC trucks, 25 mph, rechargeable. Ages 10+.
Puzzle Boxes | Brain teasers for ages 12 to 112.
Dollhouse Sale | Three-story wooden dollhouse with 30 pieces of furniture.
Outdoor Play Sets | Swing sets and climbing frames installed in your yard.
Craft Kits for Kids | Monthly craft boxes with everything included.
Building Blocks Compatible | Bulk bricks in 50 colors. Compatible with major brands.
Science Kits | Grow crystals, build volcanoes and learn chemistry safely.
@ vertical=local_services lang=en
Plumber Available Today | Leaky faucet, clogged drain or burst pipe? Licensed plumbers, upfront pricing.
~Same-Day Plumbing | Drains, leaks and water heaters fixed today. Flat-rate pricing, licensed techs.
House Cleaning | Recurring or one-time cleaning by background-checked cleaners. $25 off first clean.
Locksmith 24/7 | Locked out? Our mobile locksmiths arrive in 30 minutes.
Tree Removal | Certified arborists for trimming and removal. Free estimates.
Dry Cleaning Pickup | Free pickup and delivery for dry cleaning and wash & fold.
Handyman Services | Shelves, TV mounting, furniture assembly. Book by the hour.
Tailor and Alterations | Hemming while you wait. Wedding dress alterations by appointment.
Computer Repair | Virus removal, data recovery and upgrades. Free diagnostics.
Appliance Repair | Washers, dryers and fridges repaired. Same-week appointments.
Junk Removal | We haul away furniture, appliances and yard waste. Pay by truckload.
Carpet Cleaning | Three rooms for $99. Dries in 2 hours.
Snow Plowing Contracts | Seasonal residential plowing. Sign up before November 1.
Notary Public | Mobile notary, evenings and weekends. $25 per signature.
Dog Walking | Midday walks by insured walkers. GPS-tracked.
Garage Door Repair | Springs, openers and cables. Same-day service.
Shoe Repair | Heels, soles and zippers fixed. Done in 2 days.
Key Cutting | Keys cut while you wait, including car fobs.
Piano Tuning | Certified piano technicians. $120 per tuning.
Mobile Bike Repair | We fix your bike at your home or office.
Wedding Photographer | Documentary-style wedding photography. Packages from $2,400.
Auto Glass Replacement | Mobile windshield replacement, insurance claims handled.
Interior Designer | Room design packages starting at $499.
Chimney Sweep | Annual inspection and cleaning before fire season.
Laundromat | Wash & fold by the pound. Open 6am-11pm.
Phone Screen Repair | iPhone and Samsung screens in 30 minutes.
Mover Helpers | Loading and unloading help by the hour.
Window Cleaning | Streak-free windows inside and out. Residential and storefront.
Pool Service | Weekly pool cleaning and chemical balancing.
Tax Preparer Near You | Individual and small business returns. Evening appointments.
Hair Salon Near You | Cuts, color and balayage. New clients 20% off.
Florist, Same-Day Delivery | Fresh bouquets delivered across the city. Order by 2pm.
Driving Range Lessons | Golf lessons for beginners with PGA professionals.
Self-Storage Near Downtown | Units from 5x5 to 10x30. First month $1.
Electrician | Panel upgrades, lighting and outlets. Licensed and insured.
Print and Copy Center | Posters, flyers and copies. Open until 9pm.
Translation for Documents | Certified translations of birth certificates and diplomas.
"""
